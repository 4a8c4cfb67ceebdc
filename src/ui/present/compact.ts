/** The nodes of a list without the absent ones (for `replaceChildren`, which takes no null). */
export function compact(
  nodes: readonly (Node | string | null | undefined | false)[],
): (Node | string)[] {
  return nodes.filter((n): n is Node | string => n !== null && n !== undefined && n !== false);
}
