/** Kazakhstan's Individual Identification Number (IIN): validation, birth date, sex and age. */
package kz.dauys.kernel.iin;
