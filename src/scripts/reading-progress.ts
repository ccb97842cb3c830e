// Marks the open chapter as read and shows read chapters in the server-rendered chapter list.
// A plain module, not an island: it renders nothing of its own, so it needs no framework.
import { $progress, markChapterRead } from '../stores/progress';

const article = document.querySelector<HTMLElement>('article[data-chapter]');
const readLabel = document.querySelector<HTMLElement>('.chapter-nav')?.dataset.readLabel ?? '';

function showMarks() {
  const chapters = $progress.get().chapters;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.chapter-nav a[data-chapter]')) {
    const read = Boolean(chapters[link.dataset.chapter!]?.readAt);
    let mark = link.querySelector('.read-mark');
    if (read && !mark) {
      mark = document.createElement('span');
      mark.className = 'read-mark';
      mark.innerHTML = '<span aria-hidden="true">✓</span><span class="sr-only"></span>';
      mark.lastElementChild!.textContent = ` (${readLabel})`;
      link.append(mark);
    } else if (!read && mark) {
      mark.remove();
    }
  }
}

$progress.subscribe(showMarks);
if (article?.dataset.chapter) markChapterRead(article.dataset.chapter);
