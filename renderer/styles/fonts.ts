/**
 * Fonts are bundled files served from the app itself (CSP `font-src 'self'`); nothing is fetched.
 * Noto Sans covers Latin, Cyrillic and Greek; the Arabic and Hebrew families take over through their
 * `unicode-range`, so mixed-script text renders in one consistent design.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/500.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/600.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/600.css';
