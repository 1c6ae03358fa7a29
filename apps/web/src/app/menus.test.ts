import { describe, expect, it } from 'vitest';
import { homePath, MENUS, menuPaths, selectedPath } from './menus';

describe('role menus', () => {
  it('give each role its workspace first', () => {
    expect(homePath('enterprise')).toBe('/orders/new');
    expect(homePath('commissioner')).toBe('/orders/new');
    expect(homePath('dispatcher')).toBe('/queues');
    expect(homePath('department')).toBe('/work');
    expect(homePath('leader')).toBe('/work');
    expect(homePath('supervisor')).toBe('/scoreboard');
    expect(homePath('admin')).toBe('/admin/chains');
  });

  it('hold only what a role does', () => {
    expect(menuPaths('enterprise')).not.toContain('/queues');
    expect(menuPaths('enterprise')).not.toContain('/admin/users');
    expect(menuPaths('department')).not.toContain('/orders/new');
    expect(menuPaths('supervisor')).toContain('/evaluations');
    expect(menuPaths('enterprise')).toContain('/evaluations');
    expect(menuPaths('admin')).toEqual(expect.arrayContaining(['/admin/users', '/admin/import', '/admin/sla-policies', '/admin/calendar', '/admin/audit']));
    expect(menuPaths('dispatcher')).toEqual(expect.arrayContaining(['/queues', '/agenda', '/ledgers', '/evaluations', '/rectifications']));
  });

  it('give everyone the inbox', () => {
    for (const role of Object.keys(MENUS) as (keyof typeof MENUS)[]) expect(menuPaths(role)).toContain('/notifications');
  });

  it('select the entry a page belongs to, the longest match winning', () => {
    expect(selectedPath('enterprise', '/orders/new')).toBe('/orders/new');
    expect(selectedPath('enterprise', '/orders/123')).toBe('/orders');
    expect(selectedPath('dispatcher', '/evaluations/9')).toBe('/evaluations');
    expect(selectedPath('dispatcher', '/elsewhere')).toBeUndefined();
  });
});
