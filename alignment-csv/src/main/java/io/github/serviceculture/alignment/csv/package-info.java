/**
 * Reading survey responses from CSV: {@link io.github.serviceculture.alignment.csv.SurveyCsvLayout} says
 * which column holds what, {@link io.github.serviceculture.alignment.csv.SurveyCsvReader} reads one
 * organization's contiguous rows at a time into a {@link
 * io.github.serviceculture.alignment.survey.ResponseSet}, and rejects each row it cannot use with its line
 * and a reason that names the column, never the value.
 */
package io.github.serviceculture.alignment.csv;
