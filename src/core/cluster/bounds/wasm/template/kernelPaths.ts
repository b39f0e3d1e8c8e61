/** Where the kernel template is and where its expansion goes (asc compiles the latter). */
const assembly = new URL('../assembly/', import.meta.url);
export const KERNEL_TEMPLATE = new URL('kmeans.template.ts', assembly);
export const KERNEL_GENERATED = new URL('kmeans.generated.ts', assembly);
