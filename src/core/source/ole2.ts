// An encrypted .xlsx is not a zip: Office wraps it in an OLE2 compound file whose directory names an
// "EncryptionInfo" stream (MS-OFFCRYPTO 2.3.4). Directory names are UTF-16LE.
const ENCRYPTION_INFO = [...'EncryptionInfo'].flatMap((char) => [char.charCodeAt(0), 0]);

/** Whether an OLE2 compound file is a password-protected Office document rather than a legacy .xls. */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  const first = ENCRYPTION_INFO[0] ?? 0;
  outer: for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < ENCRYPTION_INFO.length; j++) if (bytes[i + j] !== ENCRYPTION_INFO[j]) continue outer;
    return true;
  }
  return false;
}
