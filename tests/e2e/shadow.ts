/**
 * Reads the text inside closed shadow roots (badges, tooltip) through the
 * DevTools protocol, which pierces them; page scripts and Playwright locators
 * cannot.
 */
import type { Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function textOf(node: CdpNode, skipStyle = true): string {
  if (node.nodeType === 3) return node.nodeValue;
  if (skipStyle && node.nodeName === 'STYLE') return '';
  const parts = [...(node.shadowRoots ?? []), ...(node.children ?? [])].map((c) => textOf(c, skipStyle));
  return parts.join('');
}

function attr(node: CdpNode, name: string): string | undefined {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

function collect(node: CdpNode, tag: string, out: CdpNode[]): void {
  if (node.nodeName.toLowerCase() === tag) out.push(node);
  for (const c of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collect(c, tag, out);
  if (node.contentDocument) collect(node.contentDocument, tag, out);
}

/** Every element named `tag` with its attributes and the text of its (closed) shadow root. */
export async function shadowTexts(
  page: Page,
  tag: string,
): Promise<{ text: string; attrs: Record<string, string> }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: CdpNode[] = [];
    collect(root, tag, found);
    return found.map((n) => {
      const attrs: Record<string, string> = {};
      const a = n.attributes ?? [];
      for (let i = 0; i < a.length; i += 2) attrs[a[i] as string] = a[i + 1] as string;
      return { text: textOf(n).replace(/\s+/g, ' ').trim(), attrs };
    });
  } finally {
    await cdp.detach();
  }
}

export { attr };

/** Clicks the first element named `tag` whose text contains `text`, even inside a closed shadow root. */
export async function clickInShadow(page: Page, tag: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: CdpNode[] = [];
    collect(root, tag, found);
    const target = found.find((n) => textOf(n).includes(text));
    if (!target) throw new Error(`no <${tag}> with text "${text}"`);
    await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: target.nodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: target.nodeId })) as {
      model: { content: number[] };
    };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}
