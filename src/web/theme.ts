import { createTheme, localStorageColorSchemeManager } from '@mantine/core';

// A calm teal with soft corners; system fonts only, because the CSP (and no internet) rule out web fonts.
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { radius: 'md' } },
    Badge: { defaultProps: { radius: 'sm' } },
  },
});

// Remembered per browser; without a saved choice Mantine follows the system ("auto").
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'wayfinder-color-scheme' });
