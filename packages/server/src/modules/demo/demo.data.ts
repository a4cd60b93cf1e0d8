import type { Locale } from '@hearth/contracts';

export interface DemoPerson {
  name: string;
  bio: string;
  location: string;
  interests: string[];
  tier: 0 | 1 | 2;
  role?: 'admin' | 'moderator';
}

export interface DemoCommunity {
  description: string;
  /** The reason on demo members' welcome points. */
  welcomePoints: string;
  topics: { slug: string; name: string }[];
  people: DemoPerson[];
}

const slugs = ['reading', 'coffee', 'travel', 'photography', 'design', 'startups', 'fitness', 'cooking'] as const;

/** A living community in each language: topics and people with believable profiles. */
export const DEMO: Record<Locale, DemoCommunity> = {
  'zh-TW': {
    description: '一群喜歡閱讀、咖啡與生活的朋友。每週有讀書會、每月有線下聚會。',
    welcomePoints: '新成員見面禮',
    topics: ['讀書', '咖啡', '旅行', '攝影', '設計', '創業', '健身', '料理'].map((name, i) => ({ slug: slugs[i]!, name })),
    people: [
      { name: '林怡君', bio: '出版社編輯，每月讀五本書。', location: '台北', interests: ['reading', 'coffee'], tier: 2, role: 'admin' },
      {
        name: '陳建宏',
        bio: '手沖咖啡愛好者，週末在大稻埕擺攤。',
        location: '台北',
        interests: ['coffee', 'cooking'],
        tier: 1,
        role: 'moderator',
      },
      { name: '張雅婷', bio: 'UI 設計師，喜歡拍街景。', location: '新竹', interests: ['design', 'photography'], tier: 1 },
      { name: '王志明', bio: '新創公司創辦人，正在學習帶團隊。', location: '台中', interests: ['startups', 'reading'], tier: 2 },
      { name: '黃詩涵', bio: '背包客，三年走過二十個國家。', location: '高雄', interests: ['travel', 'photography'], tier: 0 },
      { name: '吳承恩', bio: '健身教練，也愛研究營養料理。', location: '台南', interests: ['fitness', 'cooking'], tier: 0 },
      { name: '劉家豪', bio: '軟體工程師，業餘寫科幻小說。', location: '台北', interests: ['reading', 'startups'], tier: 1 },
      { name: '蔡宜蓁', bio: '烘焙新手，正在挑戰可頌。', location: '桃園', interests: ['cooking', 'coffee'], tier: 0 },
      { name: '鄭宇翔', bio: '攝影記者，拍過十場馬拉松。', location: '花蓮', interests: ['photography', 'fitness'], tier: 0 },
      { name: '許佩珊', bio: '品牌顧問，相信社群的力量。', location: '台北', interests: ['design', 'startups'], tier: 1 },
      { name: '謝明哲', bio: '高中老師，帶學生讀經典。', location: '嘉義', interests: ['reading', 'travel'], tier: 0 },
      { name: '郭曉薇', bio: '插畫家，養了兩隻貓。', location: '宜蘭', interests: ['design', 'coffee'], tier: 0 },
    ],
  },
  'zh-CN': {
    description: '一群喜欢阅读、咖啡与生活的朋友。每周有读书会，每月有线下聚会。',
    welcomePoints: '新成员见面礼',
    topics: ['读书', '咖啡', '旅行', '摄影', '设计', '创业', '健身', '料理'].map((name, i) => ({ slug: slugs[i]!, name })),
    people: [
      { name: '李静怡', bio: '出版社编辑，每月读五本书。', location: '上海', interests: ['reading', 'coffee'], tier: 2, role: 'admin' },
      {
        name: '王浩然',
        bio: '手冲咖啡爱好者，周末在武康路摆摊。',
        location: '上海',
        interests: ['coffee', 'cooking'],
        tier: 1,
        role: 'moderator',
      },
      { name: '张晓雯', bio: 'UI 设计师，喜欢拍街景。', location: '杭州', interests: ['design', 'photography'], tier: 1 },
      { name: '刘伟', bio: '创业公司创始人，正在学习带团队。', location: '深圳', interests: ['startups', 'reading'], tier: 2 },
      { name: '陈思琪', bio: '背包客，三年走过二十个国家。', location: '成都', interests: ['travel', 'photography'], tier: 0 },
      { name: '杨帆', bio: '健身教练，也爱研究营养餐。', location: '北京', interests: ['fitness', 'cooking'], tier: 0 },
      { name: '赵子轩', bio: '软件工程师，业余写科幻小说。', location: '北京', interests: ['reading', 'startups'], tier: 1 },
      { name: '黄梦瑶', bio: '烘焙新手，正在挑战可颂。', location: '广州', interests: ['cooking', 'coffee'], tier: 0 },
      { name: '周俊杰', bio: '摄影记者，拍过十场马拉松。', location: '厦门', interests: ['photography', 'fitness'], tier: 0 },
      { name: '吴佳怡', bio: '品牌顾问，相信社群的力量。', location: '上海', interests: ['design', 'startups'], tier: 1 },
      { name: '徐明轩', bio: '高中老师，带学生读经典。', location: '南京', interests: ['reading', 'travel'], tier: 0 },
      { name: '孙小雨', bio: '插画师，养了两只猫。', location: '苏州', interests: ['design', 'coffee'], tier: 0 },
    ],
  },
  en: {
    description: 'Friends who love books, coffee and the good life. Weekly reading circles, monthly meetups.',
    welcomePoints: 'Welcome gift',
    topics: ['Reading', 'Coffee', 'Travel', 'Photography', 'Design', 'Startups', 'Fitness', 'Cooking'].map((name, i) => ({
      slug: slugs[i]!,
      name,
    })),
    people: [
      {
        name: 'Maya Thompson',
        bio: 'Book editor; five books a month.',
        location: 'London',
        interests: ['reading', 'coffee'],
        tier: 2,
        role: 'admin',
      },
      {
        name: 'Daniel Okafor',
        bio: 'Pour-over nerd with a weekend market stall.',
        location: 'Lagos',
        interests: ['coffee', 'cooking'],
        tier: 1,
        role: 'moderator',
      },
      {
        name: 'Sofia García',
        bio: 'UI designer who shoots street photography.',
        location: 'Barcelona',
        interests: ['design', 'photography'],
        tier: 1,
      },
      { name: 'Ethan Brooks', bio: 'Founder, learning to lead a team.', location: 'Austin', interests: ['startups', 'reading'], tier: 2 },
      {
        name: 'Priya Nair',
        bio: 'Backpacker: twenty countries in three years.',
        location: 'Bengaluru',
        interests: ['travel', 'photography'],
        tier: 0,
      },
      { name: 'Lucas Martin', bio: 'Personal trainer and meal-prep fan.', location: 'Lyon', interests: ['fitness', 'cooking'], tier: 0 },
      {
        name: 'Hannah Kim',
        bio: 'Software engineer writing sci-fi on the side.',
        location: 'Seoul',
        interests: ['reading', 'startups'],
        tier: 1,
      },
      {
        name: 'Olivia Rossi',
        bio: 'New baker, currently fighting croissants.',
        location: 'Milan',
        interests: ['cooking', 'coffee'],
        tier: 0,
      },
      {
        name: 'Noah Fischer',
        bio: 'Photojournalist; ten marathons on film.',
        location: 'Berlin',
        interests: ['photography', 'fitness'],
        tier: 0,
      },
      {
        name: 'Aisha Rahman',
        bio: 'Brand consultant who believes in community.',
        location: 'Dubai',
        interests: ['design', 'startups'],
        tier: 1,
      },
      {
        name: 'Tom Walsh',
        bio: 'High-school teacher reading the classics with teens.',
        location: 'Dublin',
        interests: ['reading', 'travel'],
        tier: 0,
      },
      { name: 'Mei Chen', bio: 'Illustrator with two cats.', location: 'Vancouver', interests: ['design', 'coffee'], tier: 0 },
    ],
  },
};
