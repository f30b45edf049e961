/** ASCII id from a Vietnamese name: "Đồn BP Mù Cả" → "don-bp-mu-ca". */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Name without the administrative prefix, for matching "Xã Pa Ủ" to "Pa ủ". */
export function bareName(name: string): string {
  return name.replace(/^(xã|thị trấn|phường)\s+/i, '').trim().normalize('NFC').toLowerCase();
}
