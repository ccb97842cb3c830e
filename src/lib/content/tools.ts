/** The site's interactive tools, as chapters and <ToolBlock> name them. */
export const TOOL_IDS = ['quotient', 'scan', 'herstelplan'] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/**
 * Which tool pages the site publishes. A tool is listed here only once its page exists, so
 * chapters and the home page never link to a page that is not there.
 */
export const PUBLISHED_TOOLS: readonly ToolId[] = ['quotient', 'scan', 'herstelplan'];

export const isPublished = (tool: ToolId): boolean => PUBLISHED_TOOLS.includes(tool);
