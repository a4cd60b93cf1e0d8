/** The marketplace's URLs (the route table in app/routes.tsx names the same patterns). */
export const perkPaths = {
  browse: '/perks',
  redemptions: '/perks/redemptions',
  orders: '/perks/orders',
  create: '/perks/new',
  perk: (id: string) => `/perks/${encodeURIComponent(id)}`,
  edit: (id: string) => `/perks/${encodeURIComponent(id)}/edit`,
} as const;
