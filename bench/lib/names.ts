/** Realistic member names: Chinese (Traditional and Simplified) and Latin, deterministic. */
const SURNAMES = ['王', '李', '張', '张', '劉', '刘', '陳', '陈', '楊', '杨', '黃', '黄', '趙', '赵', '吳', '吴', '周', '徐', '孫', '孙', '林', '郭', '何', '高', '羅', '罗', '鄭', '郑', '謝', '谢', '許', '许'];
const GIVEN = ['偉', '伟', '芳', '娜', '秀', '英', '敏', '靜', '静', '麗', '丽', '強', '强', '磊', '軍', '军', '洋', '勇', '艷', '艳', '傑', '杰', '娟', '濤', '涛', '明', '超', '秀', '霞', '平', '剛', '刚', '桂', '華', '华', '志', '宏', '怡', '君', '曉', '晓', '雯', '婷', '豪', '宇', '翔', '佳', '欣', '嘉', '琪'];
const FIRST = ['Anna', 'Ben', 'Chloe', 'David', 'Emma', 'Felix', 'Grace', 'Henry', 'Iris', 'Jack', 'Kate', 'Leo', 'Mia', 'Noah', 'Olivia', 'Paul', 'Ruby', 'Sam', 'Tina', 'Victor'];
const LAST = ['Smith', 'Chen', 'Wang', 'Lee', 'Brown', 'Garcia', 'Tanaka', 'Kim', 'Nguyen', 'Martin'];

export function memberName(i: number): string {
  let x = (i * 2654435761) >>> 0;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  if (i % 5 === 0) return `${FIRST[next(FIRST.length)]} ${LAST[next(LAST.length)]}`;
  const given = GIVEN[next(GIVEN.length)]! + (next(3) > 0 ? GIVEN[next(GIVEN.length)]! : '');
  return SURNAMES[next(SURNAMES.length)]! + given;
}
