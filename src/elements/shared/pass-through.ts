/**
 * How `<rolefit-advisor>` passes its attributes through to the elements it is made of. The table of what to pass
 * is derived from each inner element's own `static properties` (the one place its attributes are declared), so
 * an attribute added to `<rolefit-matcher>` or `<rolefit-courses>` reaches the advisor's inner element without a
 * second list to keep in step.
 */
import type { PropertyDeclarations } from 'lit';

/** One attribute of an element's public contract. */
export interface PassedAttribute {
  /** The attribute as a page writes it. */
  name: string;
  /** The property behind it; the advisor's property of the same name holds the page's value. */
  property: string;
  /** Present or absent, without a value. */
  boolean: boolean;
}

/** What an inner element offers a page through `<rolefit-advisor>`: its own attributes, and its parts. */
export interface PassThroughTable {
  attributes: readonly PassedAttribute[];
  parts: readonly string[];
}

/** Values by property name. */
export type PassedValues = Readonly<Record<string, unknown>>;

/**
 * The attributes declared in `declarations` (an element's own `static properties`; internal state and
 * property-only members left out).
 */
export function declaredAttributes(declarations: PropertyDeclarations): PassedAttribute[] {
  return Object.entries(declarations)
    .filter(([, declaration]) => declaration.attribute !== false && !declaration.state)
    .map(([property, declaration]) => ({
      // Lit's own default: the property name in lower case.
      name: typeof declaration.attribute === 'string' ? declaration.attribute : property.toLowerCase(),
      property,
      boolean: declaration.type === Boolean,
    }));
}

/** What `source` holds in the properties behind `attributes`. */
export const valuesOf = (source: object, attributes: readonly PassedAttribute[]): PassedValues =>
  Object.fromEntries(attributes.map(({ property }) => [property, (source as PassedValues)[property]]));

/**
 * Sets one value the way a page would: booleans and strings as the attribute (so the inner element reads them
 * with its own converter, and a page's `::part` or attribute selectors see them), anything else — a number or a
 * list the advisor has already checked — as the property. An absent value removes the attribute and clears the
 * property.
 */
function pass(element: Element, attribute: PassedAttribute, value: unknown): void {
  if (attribute.boolean) {
    element.toggleAttribute(attribute.name, Boolean(value));
  } else if (typeof value === 'string') {
    element.setAttribute(attribute.name, value);
  } else {
    element.removeAttribute(attribute.name);
    (element as Element & Record<string, unknown>)[attribute.property] = value ?? undefined;
  }
}

/**
 * Sets every attribute in `attributes` on `element` from `values`, as a page would. Called after each render of
 * the advisor: the inner element exists then, and it reads these values only in its own next update.
 */
export function passValues(element: Element, attributes: readonly PassedAttribute[], values: PassedValues): void {
  for (const attribute of attributes) pass(element, attribute, values[attribute.property]);
}
