/** Kazakhstan's working-day calendar: public holidays, moved days off and transferred working days. */
package kz.dauys.kernel.calendar;
