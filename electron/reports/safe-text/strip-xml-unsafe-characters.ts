/**
 * XML 1.0 forbids C0 control characters other than tab, line feed and carriage return, lone
 * surrogates and U+FFFE/U+FFFF. One of them in a member's name would make Word refuse the whole
 * document ("unreadable content"), so every text that reaches a .docx or .xlsx passes through here.
 */

const xmlUnsafe =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlUnsafeCharacters(text: string): string {
  return text.replace(xmlUnsafe, '');
}
