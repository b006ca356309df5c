import { format } from 'echarts';
import { stripXmlUnsafeCharacters } from '../safe-text';

/** Text in HTML: control characters dropped as in the .docx, then & < > " ' escaped (ECharts' encoder). */
export function html(text: string): string {
  return format.encodeHTML(stripXmlUnsafeCharacters(text));
}

/** Text inside a CSS string ("…"), as the page footer's content: quotes, backslashes and line ends escaped. */
export function cssString(text: string): string {
  const escaped = stripXmlUnsafeCharacters(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]+/g, ' ')
    .replace(/</g, '\\3C ');
  return `"${escaped}"`;
}
