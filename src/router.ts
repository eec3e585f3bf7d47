/**
 * Routes. Overview is bundled with the app; the other views load lazily.
 * Hash history so the built app works from any static host (and a copied link,
 * including its ?selection, reopens the same view after reload).
 */
import { createRouter, createWebHashHistory, type RouterHistory, type RouteRecordRaw } from 'vue-router'
import OverviewView from './views/OverviewView.vue'

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: OverviewView },
  { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue') },
  { path: '/trends', name: 'trends', component: () => import('./views/TrendsView.vue') },
  { path: '/rankings', name: 'rankings', component: () => import('./views/RankingsView.vue') },
  { path: '/coverage', name: 'coverage', component: () => import('./views/CoverageView.vue') },
  { path: '/explore', name: 'explore', component: () => import('./views/ExploreView.vue') },
  { path: '/reports/:id?', name: 'reports', component: () => import('./views/ReportsView.vue') },
  { path: '/review', name: 'review', component: () => import('./views/ReviewView.vue') },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

export const VIEW_NAMES = ['overview', 'compare', 'trends', 'rankings', 'coverage', 'explore', 'reports', 'review'] as const

/** `history`: the build's render of the first frame (src/prerender) has no URL to follow. */
export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior(to, from) {
      // Same view and same report: keep the scroll position (selection changes, evidence panel).
      if (to.name === from.name && to.params.id === from.params.id) return false
      return { top: 0 }
    },
  })
}
