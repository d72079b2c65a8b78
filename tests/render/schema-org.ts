/**
 * Checks JSON-LD against schema.org's vocabulary (the subset in schema-org-subset.json): every
 * type and property exists, every property is used on a type in its domain, and every value is
 * of a type in its range (a `@id` reference counts as the node it names). No network.
 */
import vocabulary from './schema-org-subset.json';

type Node = { [key: string]: unknown };

const types: Record<string, string[]> = { ...vocabulary.types, ...vocabulary.dataTypes };
const properties: Record<string, { domain: string[]; range: string[] }> = vocabulary.properties;

/** The type and every type it is a subclass of. */
function lineage(type: string): string[] {
  return [type, ...(types[type] ?? []).flatMap(lineage)];
}

const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Whether a string value fits one of the data types in a range. */
function stringFits(value: string, range: string[]): boolean {
  return range.some((type) => {
    if (type === 'Text') return true;
    if (type === 'URL') return URL.canParse(value);
    if (type === 'Date') return DATE.test(value);
    if (type === 'DateTime') return DATE_TIME.test(value);
    return false;
  });
}

export function checkSchemaOrg(root: unknown): string[] {
  const errors: string[] = [];
  const byId = new Map<string, Node>();
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (isObject(v)) {
      if (typeof v['@id'] === 'string' && v['@type']) byId.set(v['@id'], v);
      Object.values(v).forEach(collect);
    }
  };
  collect(root);

  const typeOf = (node: Node): string[] => {
    const own = node['@type'] ?? (typeof node['@id'] === 'string' ? byId.get(node['@id'])?.['@type'] : undefined);
    return own === undefined ? [] : Array.isArray(own) ? own : [String(own)];
  };

  const check = (node: Node, where: string): void => {
    const nodeTypes = typeOf(node);
    if (!node['@type']) {
      // A bare reference must name a node of the document or an absolute IRI.
      if (typeof node['@id'] === 'string' && !byId.has(node['@id']) && !URL.canParse(node['@id'])) errors.push(`${where}: @id ${node['@id']} names no node`);
      if (Object.keys(node).some((k) => k !== '@id')) errors.push(`${where}: node without @type`);
      return;
    }
    for (const t of nodeTypes) if (!vocabulary.types[t as keyof typeof vocabulary.types]) errors.push(`${where}: unknown type ${t}`);
    const ancestors = nodeTypes.flatMap(lineage);
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      const property = properties[key];
      if (!property) {
        errors.push(`${where}: unknown property ${key}`);
        continue;
      }
      if (!property.domain.some((d) => ancestors.includes(d))) errors.push(`${where}: ${key} is not a property of ${nodeTypes.join(', ')}`);
      for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
        const at = `${where}.${key}${Array.isArray(value) ? `[${i}]` : ''}`;
        if (typeof item === 'string') {
          if (!stringFits(item, property.range)) errors.push(`${at}: "${item.slice(0, 40)}" is not a ${property.range.join(' or ')}`);
        } else if (isObject(item)) {
          const itemTypes = typeOf(item).flatMap(lineage);
          if (!property.range.some((r) => itemTypes.includes(r))) errors.push(`${at}: a ${typeOf(item).join(', ') || 'node of no type'} is not a ${property.range.join(' or ')}`);
          check(item, at);
        } else errors.push(`${at}: ${JSON.stringify(item)} is neither text nor a node`);
      }
    }
  };

  if (!isObject(root)) return ['not a JSON-LD object'];
  if (root['@context'] !== 'https://schema.org') errors.push('@context is not https://schema.org');
  check(root, '$');
  return errors;
}
