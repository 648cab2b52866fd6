package funcs

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Numbers formatted as .NET does with the invariant culture; see format.

// standardSpec splits a standard format specifier ("N0", "x8") into its
// letter and precision; ok is false for a custom pattern.
func standardSpec(spec string) (letter byte, prec int, hasPrec, ok bool) {
	c := spec[0]
	if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
		return 0, 0, false, false
	}
	if len(spec) == 1 {
		return c, 0, false, true
	}
	p, err := strconv.Atoi(spec[1:])
	if err != nil || p < 0 || strings.HasPrefix(spec[1:], "+") {
		return 0, 0, false, false
	}
	return c, p, true, true
}

func unsupportedSpec(spec string) error {
	return fmt.Errorf("the format specifier %q is not supported", spec)
}

// formatInt formats an integer with a standard or custom specifier.
func formatInt(c *Ctx, n int64, spec string) (string, error) {
	letter, prec, hasPrec, ok := standardSpec(spec)
	if !ok {
		return customInt(n, spec)
	}
	if err := c.room("format", int64(prec)); err != nil {
		return "", err
	}
	digits := strconv.FormatUint(absInt(n), 10)
	sign := ""
	if n < 0 {
		sign = "-"
	}
	switch letter {
	case 'D', 'd':
		return sign + zeroPad(digits, prec), nil
	case 'N', 'n':
		return sign + groupThousands(digits) + decimals(prec, hasPrec), nil
	case 'F', 'f':
		return sign + digits + decimals(prec, hasPrec), nil
	case 'P', 'p':
		if n == 0 {
			digits = "0"
		} else {
			digits += "00"
		}
		return sign + groupThousands(digits) + decimals(prec, hasPrec) + " %", nil
	case 'X', 'x':
		h := strconv.FormatUint(uint64(n), 16)
		if letter == 'X' {
			h = strings.ToUpper(h)
		}
		return zeroPad(h, prec), nil
	case 'E', 'e':
		if !hasPrec {
			prec = 6
		}
		return sign + scientific(digits, prec, letter, 3, false), nil
	case 'G', 'g':
		if !hasPrec || prec == 0 || prec >= len(digits) {
			return sign + digits, nil
		}
		return sign + scientific(digits, prec-1, letter-2, 2, true), nil
	}
	return "", unsupportedSpec(spec)
}

func absInt(n int64) uint64 {
	if n < 0 {
		return uint64(-(n + 1)) + 1
	}
	return uint64(n)
}

func zeroPad(s string, width int) string {
	if len(s) >= width {
		return s
	}
	return strings.Repeat("0", width-len(s)) + s
}

// decimals returns the zero decimals of an integer: two by default.
func decimals(prec int, hasPrec bool) string {
	if !hasPrec {
		prec = 2
	}
	if prec == 0 {
		return ""
	}
	return "." + strings.Repeat("0", prec)
}

// groupThousands inserts "," every three digits from the right.
func groupThousands(digits string) string {
	var sb strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			sb.WriteByte(',')
		}
		sb.WriteRune(d)
	}
	return sb.String()
}

// scientific writes the decimal digits of an integer as
// d.ddd…E+xxx with prec decimals, rounding half away from zero; letter is
// 'E' or 'e'; the exponent has at least expDigits digits; trim removes
// trailing zeros of the mantissa (the G form).
func scientific(digits string, prec int, letter byte, expDigits int, trim bool) string {
	exp := len(digits) - 1
	mant := digits
	if len(mant) > prec+1 {
		mant, exp = roundDigits(mant[:prec+1], mant[prec+1] >= '5', exp)
	}
	mant += strings.Repeat("0", max(0, prec+1-len(mant)))
	frac := mant[1:]
	if trim {
		frac = strings.TrimRight(frac, "0")
	}
	out := mant[:1]
	if frac != "" {
		out += "." + frac
	}
	return fmt.Sprintf("%s%c+%0*d", out, letter, expDigits, exp)
}

// roundDigits adds one to the last digit when up, carrying; a carry out
// of the first digit raises the exponent.
func roundDigits(d string, up bool, exp int) (string, int) {
	if !up {
		return d, exp
	}
	b := []byte(d)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b), exp
		}
		b[i] = '0'
	}
	return "1" + string(b[:len(b)-1]), exp + 1
}

// customInt formats with a pattern of '0' (a digit, padded) and '#' (a
// digit if any), optionally with ',' for grouping.
func customInt(n int64, spec string) (string, error) {
	zeros := 0
	for _, r := range spec {
		switch r {
		case '0':
			zeros++
		case '#', ',':
		default:
			return "", unsupportedSpec(spec)
		}
	}
	digits := ""
	if n != 0 || zeros > 0 {
		digits = zeroPad(strconv.FormatUint(absInt(n), 10), zeros)
	}
	if strings.Contains(strings.Trim(spec, ","), ",") {
		digits = groupThousands(digits)
	}
	if n < 0 {
		return "-" + digits, nil
	}
	return digits, nil
}

// formatFloat formats a number that is not an integer.
func formatFloat(c *Ctx, f float64, spec string) (string, error) {
	letter, prec, hasPrec, ok := standardSpec(spec)
	if !ok || math.IsNaN(f) || math.IsInf(f, 0) {
		return "", unsupportedSpec(spec)
	}
	if err := c.room("format", int64(prec)); err != nil {
		return "", err
	}
	if !hasPrec {
		prec = 2
	}
	switch letter {
	case 'F', 'f':
		return strconv.FormatFloat(f, 'f', prec, 64), nil
	case 'N', 'n':
		return groupFixed(strconv.FormatFloat(f, 'f', prec, 64)), nil
	case 'P', 'p':
		return groupFixed(strconv.FormatFloat(f*100, 'f', prec, 64)) + " %", nil
	case 'E', 'e':
		if !hasPrec {
			prec = 6
		}
		return dotnetExp(strconv.FormatFloat(f, 'e', prec, 64), letter, 3), nil
	case 'G', 'g':
		if !hasPrec || prec == 0 {
			return dotnetDouble(f), nil
		}
		return generalFloat(f, prec, letter), nil
	}
	return "", unsupportedSpec(spec)
}

// groupFixed groups the integer digits of a fixed-point number.
func groupFixed(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	out := sign + groupThousands(whole)
	if hasFrac {
		out += "." + frac
	}
	return out
}

// dotnetExp rewrites Go's "1.5e+06" as .NET's "1.5E+006".
func dotnetExp(s string, letter byte, expDigits int) string {
	mant, exp, _ := strings.Cut(s, "e")
	x, _ := strconv.Atoi(exp)
	sign := '+'
	if x < 0 {
		sign, x = '-', -x
	}
	return fmt.Sprintf("%s%c%c%0*d", mant, letter, sign, expDigits, x)
}

// generalFloat is .NET's G with a precision: prec significant digits,
// scientific when the exponent is below -5 or at least prec.
func generalFloat(f float64, prec int, letter byte) string {
	e := strconv.FormatFloat(f, 'e', prec-1, 64)
	_, exp, _ := strings.Cut(e, "e")
	x, _ := strconv.Atoi(exp)
	if x < -5 || x >= prec {
		mant, _, _ := strings.Cut(e, "e")
		if strings.Contains(mant, ".") {
			mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
		}
		return dotnetExp(mant+"e"+exp, letter-2, 2)
	}
	s := strconv.FormatFloat(f, 'f', max(0, prec-1-x), 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}
