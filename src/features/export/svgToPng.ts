/**
 * Renders SVG text to a PNG Blob: the SVG is loaded as an <img> from a blob: URL (allowed by the
 * CSP's img-src) and drawn on a canvas at `pixelRatio` times its size, so the PNG stays sharp on
 * high-density screens and in slides. A same-origin blob: image does not taint the canvas.
 */
export async function svgToPng(svgText: string, pixelRatio = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be rendered as an image.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * pixelRatio));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * pixelRatio));
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob === null ? reject(new Error('The PNG could not be encoded.')) : resolve(blob)),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
