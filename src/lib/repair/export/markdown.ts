import type { PlanDoc } from './document';
import type { PlanFileTexts } from './texts';

/**
 * A plan as Markdown (CommonMark with GitHub's extensions), for a notes app or an e-mail.
 * Whatever the visitor typed is escaped so that no Markdown reader turns it into markup:
 * no HTML, links, images, emphasis, code, tables, headings or lists come out of it.
 */

/** Characters that are markup wherever they stand. */
const ALWAYS = /[\\`*_~[\]<>&|{}$@]/g;

/** Invisible, and keeps the characters around it together: breaks an address without changing how it reads. */
const WORD_JOINER = '\u2060';

/** Escapes one line of visitor text so it reads as itself. */
function escapeLine(line: string): string {
  // GitHub's extension links bare addresses ("https://…", "www.…", "naam@domein.nl") after escapes
  // are resolved, so a backslash cannot stop it: an invisible word joiner breaks the pattern.
  let out = line
    .replace(/:\/\//g, `:${WORD_JOINER}//`)
    .replace(/(www)\./gi, `$1${WORD_JOINER}.`)
    .replace(/@/g, `@${WORD_JOINER}`);
  out = out.replace(ALWAYS, (c) => `\\${c}`);
  // Block markers only count at the start of a line: headings, quotes, lists, rules, setext lines.
  out = out.replace(/^([#=+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return out;
}

/** Text on one line (a title, a name): line breaks become spaces. */
export function mdInline(text: string): string {
  return escapeLine(text.replace(/\s+/g, ' ').trim());
}

/**
 * Text of several lines (what to do, a note): each line escaped, kept apart with hard breaks,
 * continuation lines indented so they stay inside a list item.
 */
export function mdBlock(text: string, indent = ''): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map(escapeLine)
    .join(`\\\n${indent}`);
}

/**
 * `planUrl` is the builder's absolute address: the file names it, and the site's links in the
 * plan (sources, chapter sections) become absolute against it.
 */
export function planToMarkdown(doc: PlanDoc, exportText: PlanFileTexts, planUrl: string): string {
  const abs = (href: string) => new URL(href, planUrl).href;
  const out: string[] = [];
  out.push(`# ${mdInline(doc.title)}`, '', exportText.madeWith(doc.madeOn, planUrl), '');
  if (doc.formalRoute) out.push(`> **${exportText.formalNote}**`, '');
  if (doc.situation.length) {
    out.push(`## ${exportText.situationTitle}`, '');
    for (const l of doc.situation) out.push(`- ${l.label}: ${mdInline(l.value)}`);
    out.push('');
  }
  if (doc.growth.length) {
    out.push(`## ${exportText.growthTitle}`, '');
    for (const g of doc.growth) out.push(`- ${mdInline(g)}`);
    out.push('');
  }
  out.push(`## ${exportText.actionsTitle}`, '');
  for (const phase of doc.phases) {
    out.push(`### ${phase.name}`, '');
    for (const a of phase.actions) {
      const ind = '  ';
      out.push(`- [${a.done ? 'x' : ' '}] **${mdInline(a.title) || '…'}**`);
      if (a.what.trim()) out.push('', `${ind}${mdBlock(a.what, ind)}`);
      const meta = [
        a.owner.trim() && `${exportText.who}: ${mdInline(a.owner)}`,
        a.due && `${exportText.when}: ${a.due}`,
      ].filter(Boolean);
      if (meta.length) out.push('', `${ind}${meta.join(' · ')}`);
      if (a.why) out.push('', `${ind}${exportText.why}: ${a.why.text} [${a.why.cite}](${abs(a.why.href)})`);
      if (a.more) out.push('', `${ind}${exportText.readMore}: [${a.more.title}](${abs(a.more.href)})`);
      out.push('');
    }
  }
  if (doc.rhythm || doc.checkIns.length) {
    out.push(`## ${exportText.checkInsTitle}`, '');
    if (doc.rhythm)
      out.push(
        `${exportText.rhythm}: ${doc.rhythm}.${doc.planned.length ? ` ${exportText.planned}: ${doc.planned.join(', ')}.` : ''}`,
        '',
      );
    for (const c of doc.checkIns) {
      out.push(`### ${c.date}`, '');
      if (c.note.trim()) out.push(mdBlock(c.note), '');
      if (c.scores) {
        out.push(
          c.scores.map((s) => `${s.label}: ${s.value}`).join(' · ') + ` · ${exportText.index}: ${c.index}`,
          '',
        );
      }
    }
    if (doc.checkIns.some((c) => c.scores)) out.push(`*${exportText.modelNote}*`, '');
  }
  if (doc.conversation.length) {
    out.push(`## ${exportText.conversationTitle}`, '');
    for (const m of doc.conversation) {
      out.push(`### ${m.title}`, '');
      for (const l of m.lines) if (l.value.trim()) out.push(`- ${l.label} ${mdBlock(l.value, '  ')}`);
      out.push('');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
