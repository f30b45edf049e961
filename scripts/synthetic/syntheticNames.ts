/**
 * Made-up place names from syllables of real ones in the border provinces,
 * with their diacritics, so labels at national size set the same glyphs a
 * real dataset would.
 */
const SYLLABLES = [
  'Mù', 'Cả', 'Ka', 'Lăng', 'Thu', 'Lũm', 'Pa', 'Vệ', 'Sủ', 'Nậm', 'Tà', 'Tổng', 'Bum', 'Nưa', 'Mường', 'Sín',
  'Chải', 'Hua', 'Phìn', 'Hồ', 'Dào', 'San', 'Thàng', 'Tủa', 'Lũng', 'Cú', 'Xín', 'Mần', 'Bản', 'Lầu', 'Quảng', 'Lâm',
  'Na', 'Ngoi', 'Khang', 'Tây', 'Sơn', 'Keng', 'Đu', 'Chiêu', 'Lưu', 'Kiền', 'Mỹ', 'Lý', 'Tri', 'Lễ', 'Nhôn', 'Mai',
  'Hạnh', 'Dịch', 'Thông', 'Thụ', 'Đồng', 'Văn', 'Châu', 'Khê', 'Phong', 'Thổ', 'Lóng', 'Sập', 'Ẳng', 'Nghĩa',
];

export function placeName(random: () => number, syllables = 2): string {
  return Array.from({ length: syllables }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join(' ');
}

/** Ids padded to one width, so they sort in the order they were made. */
export function paddedId(n: number, count: number, min: number): string {
  return String(n).padStart(Math.max(min, String(count).length), '0');
}
