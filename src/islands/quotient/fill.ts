// The lever sentences fill their templates in src/i18n too; one implementation serves both.
export { fill } from '../../i18n/quotient/fill';
