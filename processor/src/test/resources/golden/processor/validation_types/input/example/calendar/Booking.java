package example.calendar;

import dev.stratum.annotations.Validatable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigInteger;
import java.time.MonthDay;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.chrono.HijrahDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.MinguoDate;
import java.time.chrono.ThaiBuddhistDate;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

/** Every value type issue 7 added to validation: small and big integers, numbers as text, the other times. */
@Validatable
public record Booking(
        @Min(1) @Max(8) byte guests,
        @Positive @Digits(integer = 2, fraction = 0) Byte rooms,
        @NotNull @Min(0) @DecimalMax("1E+30") @Digits(integer = 31, fraction = 0) BigInteger ledgerId,
        @NotBlank @Size(max = 12) @DecimalMin(value = "0", inclusive = false) @Digits(integer = 6, fraction = 2) String amount,
        @FutureOrPresent OffsetTime checkInAt,
        @Future ZonedDateTime arrival,
        @PastOrPresent MonthDay birthday,
        @Past Year founded,
        @FutureOrPresent YearMonth cardExpiry,
        @Past HijrahDate hijri,
        @Past JapaneseDate japanese,
        @Past MinguoDate minguo,
        @Past ThaiBuddhistDate thai,
        @NotNull @PastOrPresent Date booked,
        @Future Calendar reminder,
        @Size(max = 3) List<@NotNull @Future YearMonth> instalments) {
}
