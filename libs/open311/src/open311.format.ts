import { XMLBuilder } from 'fast-xml-parser';

/** What a resource answers in: the spec's required XML, or JSON. */
export type Format = 'xml' | 'json';

const builder = new XMLBuilder({ format: true, indentBy: '  ', suppressEmptyNode: false, processEntities: true });

/** Empty elements for absent values and empty lists, as the spec's examples have them. */
function blanks(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : value.map(blanks);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, blanks(v)]));
  return value;
}

/**
 * A GeoReport v2 answer: in JSON the list (or object) itself; in XML its root element with one
 * child element per item (`services` of `service`, `service_requests` of `request`, `errors`
 * of `error`), with the element names of the specification's examples; `shape` gives the XML
 * its nesting where it differs from the JSON (discovery's `<endpoint>` and `<format>`).
 */
export function render(format: Format, body: unknown, xml: { root: string; item?: string; shape?: (body: never) => unknown }): { type: string; text: string } {
  if (format === 'json') return { type: 'application/json; charset=utf-8', text: JSON.stringify(body) };
  const shaped = xml.shape ? xml.shape(body as never) : body;
  const content = xml.item ? (Array.isArray(shaped) && shaped.length === 0 ? '' : { [xml.item]: blanks(shaped) }) : blanks(shaped);
  return { type: 'text/xml; charset=utf-8', text: `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ [xml.root]: content })}` };
}
