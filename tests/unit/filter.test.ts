import { describe, expect, it } from 'vitest';
import { filterAttributes, itemMatches, parseValues, readSelection, valuesInUse, writeSelection } from '../../src/utils/filter';

const groups = { audience: ['immigrants', 'women', 'students-graduates'], status: ['running', 'unknown', 'ended'] };

describe('reading the choices from the URL query', () => {
  it('reads repeated parameters as several choices in one group', () => {
    expect(readSelection('?audience=women&audience=immigrants&status=ended', groups)).toEqual({
      audience: ['immigrants', 'women'],
      status: ['ended'],
    });
  });

  it('drops values and parameters the page does not offer, so an old link still shows something', () => {
    expect(readSelection('?audience=aliens&status=ended&page=2', groups)).toEqual({ audience: [], status: ['ended'] });
  });

  it('reads an empty query as no choices', () => {
    expect(readSelection('', groups)).toEqual({ audience: [], status: [] });
  });
});

describe('writing the choices into the URL query', () => {
  it('writes the same query a plain GET submission of the form would', () => {
    expect(writeSelection('', { audience: ['women'], status: ['running', 'ended'] }, groups)).toBe('?audience=women&status=running&status=ended');
  });

  it('orders values as the form does, so the same choices always give the same address', () => {
    expect(writeSelection('', { audience: ['women', 'immigrants'], status: [] }, groups)).toBe('?audience=immigrants&audience=women');
  });

  it('keeps other parameters and replaces earlier choices', () => {
    expect(writeSelection('?lang=fi&audience=women', { audience: ['immigrants'], status: [] }, groups)).toBe('?lang=fi&audience=immigrants');
  });

  it('leaves no question mark when nothing is chosen', () => {
    expect(writeSelection('?audience=women', { audience: [], status: [] }, groups)).toBe('');
  });

  it('round-trips through reading', () => {
    const selection = { audience: ['immigrants', 'students-graduates'], status: ['unknown'] };
    expect(readSelection(writeSelection('', selection, groups), groups)).toEqual(selection);
  });
});

describe('matching an item', () => {
  const item = { audience: ['immigrants', 'women'], status: ['ended'] };

  it('shows every item when nothing is chosen', () => {
    expect(itemMatches(item, { audience: [], status: [] })).toBe(true);
  });

  it('needs only one of the values chosen within a group (OR)', () => {
    expect(itemMatches(item, { audience: ['students-graduates', 'women'], status: [] })).toBe(true);
    expect(itemMatches(item, { audience: ['students-graduates'], status: [] })).toBe(false);
  });

  it('needs every group with choices to match (AND)', () => {
    expect(itemMatches(item, { audience: ['women'], status: ['ended'] })).toBe(true);
    expect(itemMatches(item, { audience: ['women'], status: ['running'] })).toBe(false);
  });

  it('does not match an item that has no value in a chosen group', () => {
    expect(itemMatches({ audience: ['women'] }, { status: ['running'] })).toBe(false);
  });
});

describe('item attributes', () => {
  it('writes each group into its own data attribute and reads it back', () => {
    const attributes = filterAttributes({ audience: ['immigrants', 'women'], status: ['ended'] });
    expect(attributes).toEqual({ 'data-filter-item': '', 'data-filter-audience': 'immigrants women', 'data-filter-status': 'ended' });
    expect(parseValues(attributes['data-filter-audience'] ?? null)).toEqual(['immigrants', 'women']);
    expect(parseValues(null)).toEqual([]);
  });

  it('offers only values some item has, in the given order', () => {
    expect(valuesInUse(['running', 'unknown', 'ended'], [['ended'], ['unknown'], ['ended']])).toEqual(['unknown', 'ended']);
  });
});
