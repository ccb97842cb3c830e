import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { TOOL_IDS } from '../lib/content/tools';
import { QuotientInputError } from '../lib/quotient/quotient';
import { scoresFromList } from '../lib/quotient/share';
import { KINDS } from '../lib/quotient/case';
import { glossaryKeys, quizExists, sourceKeys } from './content-index';

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

/**
 * Checks every <Cite>, <Term>, <Kennischeck>, <ToolBlock> and <Rekenhulp> against content/ and records the
 * cited keys in order, so the chapter's "Bronnen" list is built from what the text cites.
 */
export function remarkContentRefs() {
  return (tree: Root, file: VFile) => {
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const where = file.path ?? file.history[0] ?? 'MDX file';
    const citations: string[] = [];
    const fail = (message: string, node?: unknown): never =>
      file.fail(`${where}: ${message}`, node as Parameters<VFile['fail']>[1]);

    visit(tree, (node) => {
      // MDX's JSX node types are not part of plain mdast's type union.
      const type = (node as { type: string }).type;
      if (type !== 'mdxJsxFlowElement' && type !== 'mdxJsxTextElement') return;
      const el = node as unknown as JsxNode;
      const need = (name: string) =>
        attr(el, name) ?? fail(`<${el.name}> needs a ${name}="…" attribute`, node);
      switch (el.name) {
        case 'Cite': {
          const id = need('id');
          if (!sourceKeys().has(id))
            fail(`<Cite id="${id}">: no source "${id}" in content/sources.yaml`, node);
          if (!citations.includes(id)) citations.push(id);
          break;
        }
        case 'Term': {
          const id = need('id');
          if (!glossaryKeys().has(id))
            fail(`<Term id="${id}">: no term "${id}" in content/glossary.yaml`, node);
          break;
        }
        case 'Kennischeck': {
          const id = need('id');
          if (!quizExists(id)) fail(`<Kennischeck id="${id}">: no file content/quizzes/${id}.yaml`, node);
          break;
        }
        case 'Rekenhulp': {
          const scores = attr(el, 'scores');
          if (scores !== undefined) {
            try {
              scoresFromList(
                scores
                  .trim()
                  .split(/[\s,]+/)
                  .map(Number),
              );
            } catch (error) {
              if (!(error instanceof QuotientInputError)) throw error;
              fail(
                `<Rekenhulp scores="${scores}">: six whole numbers 1–10 expected (${error.message})`,
                node,
              );
            }
          }
          const kind = attr(el, 'kind');
          if (kind !== undefined && !(KINDS as readonly string[]).includes(kind)) {
            fail(`<Rekenhulp kind="${kind}">: kind must be one of ${KINDS.join(', ')}`, node);
          }
          break;
        }
        case 'ToolBlock': {
          const tool = need('tool');
          if (!(TOOL_IDS as readonly string[]).includes(tool)) {
            fail(`<ToolBlock tool="${tool}">: tool must be one of ${TOOL_IDS.join(', ')}`, node);
          }
          break;
        }
      }
    });

    const extra = Array.isArray(frontmatter.sources) ? (frontmatter.sources as unknown[]) : [];
    for (const key of extra) {
      if (typeof key !== 'string' || !sourceKeys().has(key)) {
        fail(`frontmatter sources: no source "${String(key)}" in content/sources.yaml`);
      }
    }
    frontmatter.citations = citations;
  };
}
