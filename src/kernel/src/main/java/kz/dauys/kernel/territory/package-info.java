/**
 * Reference data of Kazakhstan's administrative territories: regions (oblasts and cities of
 * republican significance), their districts and towns, with names in Kazakh, Russian and English.
 */
package kz.dauys.kernel.territory;
