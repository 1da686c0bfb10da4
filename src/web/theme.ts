import {
  createTheme,
  localStorageColorSchemeManager,
  type CSSVariablesResolver,
} from '@mantine/core';

// A calm teal with soft corners; system fonts only, because the CSP (and no internet) rule out web fonts.
export const theme = createTheme({
  primaryColor: 'teal',
  // Darker shades keep white-on-teal buttons and teal links above the 4.5:1 contrast WCAG AA asks for.
  primaryShade: { light: 9, dark: 8 },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: {
    fontWeight: '650',
    sizes: { h1: { fontSize: '1.75rem', lineHeight: '1.25' } },
  },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm', tt: 'none', fw: 600 } },
  },
});

// Remembered per browser; without a saved choice Mantine follows the system ("auto").
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'wayfinder-color-scheme' });

// Mantine's default error red is too light to read on white at small sizes.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
