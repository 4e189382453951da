package dev.feira.tenancy.ui;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Vaadin's date picker names months and weekdays in English by itself: every date picker of the portal speaks the
 * reader's language, writes dates as it does (dd/MM/yyyy in pt-BR) and starts the week on Sunday as Brazil's calendars.
 */
public final class DatePickerTexts {

    private DatePickerTexts() {
    }

    public static DatePicker translated(DatePicker picker) {
        var ui = UI.getCurrent();
        if (ui == null) { // built outside a page (a component test): nothing to translate for
            return picker;
        }
        Locale locale = ui.getLocale();
        var symbols = DateFormatSymbols.getInstance(locale);
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)))
                .setWeekdays(List.of(Arrays.copyOfRange(symbols.getWeekdays(), 1, 8)))
                .setWeekdaysShort(List.of(Arrays.copyOfRange(symbols.getShortWeekdays(), 1, 8)))
                .setFirstDayOfWeek(0)
                .setDateFormat(locale.getLanguage().equals("pt") ? "dd/MM/yyyy" : "yyyy-MM-dd")
                .setToday(ui.getTranslation("date-picker.today"))
                .setCancel(ui.getTranslation("date-picker.cancel"))
                .setBadInputErrorMessage(ui.getTranslation("date-picker.bad-input"))
                .setRequiredErrorMessage(ui.getTranslation("date-picker.required"))
                .setMinErrorMessage(ui.getTranslation("date-picker.out-of-range"))
                .setMaxErrorMessage(ui.getTranslation("date-picker.out-of-range")));
        return picker;
    }
}
