/** Descriptions and names from course platforms often carry HTML: the feed holds plain text only. */
import { Parser } from 'htmlparser2';

/** Elements whose end starts a new line of text. */
const blockElements = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
]);
/** Elements whose content is never text a reader sees. */
const hiddenElements = new Set(['script', 'style', 'template']);

/**
 * Plain text of an HTML fragment: tags dropped, entities decoded, runs of white space made one space, block ends
 * one line break; at most `maxLength` characters (the feed's texts are at most 5,000).
 */
export function htmlToText(html: string, maxLength = 5000): string {
  const parts: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentagname: (name) => {
        if (hiddenElements.has(name)) hidden++;
      },
      ontext: (text) => {
        if (!hidden) parts.push(text);
      },
      onclosetag: (name) => {
        if (hiddenElements.has(name)) hidden--;
        else if (blockElements.has(name)) parts.push('\n');
      },
    },
    { decodeEntities: true },
  );
  parser.write(html.slice(0, maxLength * 4));
  parser.end();
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, maxLength);
}
