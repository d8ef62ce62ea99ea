package wordbench.harness.cli;

import java.math.BigInteger;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An option value that must be a whole number from 1 to {@link Integer#MAX_VALUE}. The messages
 * follow the option's name ({@link Errors} puts it in front): "--top must be a positive integer,
 * not 'ten'", "--top 99999999999 is too large: at most 2147483647".
 */
final class PositiveInt implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String text) {
        BigInteger value;
        try {
            value = new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a positive integer, not '" + text + "'");
        }
        if (value.signum() <= 0) {
            throw new TypeConversionException("must be a positive integer, not '" + text + "'");
        }
        if (value.bitLength() > 31) {
            throw new TypeConversionException(text + " is too large: at most " + Integer.MAX_VALUE);
        }
        return value.intValueExact();
    }
}
