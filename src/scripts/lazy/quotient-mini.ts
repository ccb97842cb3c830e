// Starts the compact calculator in chapter 2 (Rekenhulp.astro) when it nears the screen. Its scale
// is server-rendered HTML (QuotientScale.astro) that never changes: it is handed back to the
// component as it stands, so hydration keeps it and no JavaScript renders it.
import { h } from 'preact';
import QuotientMini from '../../islands/quotient/QuotientMini';
import { startAll } from './start';

type Props = Parameters<typeof QuotientMini>[0];

startAll('quotient-mini', (props: Omit<Props, 'scale'>, el) => {
  const root = el.querySelector('.qscale')?.firstElementChild;
  const attributes = Object.fromEntries([...(root?.attributes ?? [])].map((a) => [a.name, a.value]));
  const scale =
    root && h(root.localName, { ...attributes, dangerouslySetInnerHTML: { __html: root.innerHTML } });
  return h(QuotientMini, { ...props, scale });
});
