package org.sujets.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.util.Locale;

/** Number formats of the charts, French style: decimal comma, a space between thousands. */
final class ChartFormats {
  private ChartFormats() {}

  /** A French DecimalFormat, e.g. "#,##0" → "12 345", "0.000" → "0,412". */
  static NumberFormat decimal(String pattern) {
    return new DecimalFormat(pattern, symbols());
  }

  /** Item labels: "12,5 %". */
  static NumberFormat percent() {
    return percent("0.0' %'");
  }

  /** Axis ticks: "25 %", "2,5 %". */
  static NumberFormat percentAxis() {
    return percent("0.#' %'");
  }

  // Shares are fractions; DecimalFormat's own % would drop the space French puts before it.
  private static NumberFormat percent(String pattern) {
    return new DecimalFormat(pattern, symbols()) {
      @Override
      public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return super.format(number * 100, toAppendTo, pos);
      }
    };
  }

  private static DecimalFormatSymbols symbols() {
    DecimalFormatSymbols sym = DecimalFormatSymbols.getInstance(Locale.FRANCE);
    sym.setGroupingSeparator(' ');
    return sym;
  }
}
