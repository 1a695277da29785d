// PNGs as tests look at them: the size read from the header (the IHDR chunk) without decoding the
// image, and the pixels decoded by sharp.
import sharp from 'sharp';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!SIGNATURE.every((b, i) => view[i] === b))
    throw new Error('not a PNG: the signature is missing');
  if (view.toString('latin1', 12, 16) !== 'IHDR')
    throw new Error('not a PNG: the first chunk is not IHDR');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

/** The image's pixels as red, green and blue bytes, row by row, alpha dropped. */
export async function rgbPixels(
  png: Buffer,
): Promise<{ width: number; height: number; data: Buffer }> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}
