import { describe, expect, it } from 'vitest';
import { containsPoint } from './geo.ts';

const square = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [120, 30],
      [120.1, 30],
      [120.1, 30.1],
      [120, 30.1],
      [120, 30],
    ],
  ],
});
const withHole = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [120, 30],
      [120.1, 30],
      [120.1, 30.1],
      [120, 30.1],
      [120, 30],
    ],
    [
      [120.04, 30.04],
      [120.06, 30.04],
      [120.06, 30.06],
      [120.04, 30.06],
      [120.04, 30.04],
    ],
  ],
});

describe('containsPoint', () => {
  it.each([
    [square, 30.05, 120.05, true],
    [square, 30.2, 120.05, false],
    [square, 30.05, 119.99, false],
    [withHole, 30.05, 120.05, false],
    [withHole, 30.02, 120.02, true],
  ])('%#: (%f, %f) inside is %s', (geo, lat, lng, expected) => {
    expect(containsPoint(geo, lat, lng)).toBe(expected);
  });

  it('handles a MultiPolygon', () => {
    const multi = JSON.stringify({
      type: 'MultiPolygon',
      coordinates: [
        JSON.parse(square).coordinates,
        [
          [
            [121, 31],
            [121.1, 31],
            [121.1, 31.1],
            [121, 31],
          ],
        ],
      ],
    });
    expect(containsPoint(multi, 31.02, 121.05)).toBe(true);
  });
});
