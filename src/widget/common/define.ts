/** Register an element unless the page already has one by that name (the bundle loaded twice). */
export const define = (name: string, element: CustomElementConstructor): void => {
  if (!customElements.get(name)) customElements.define(name, element);
};
