package funcs

import (
	"fmt"
	"strings"
	"time"
)

// formatDate writes t (UTC) with a .NET date and time format string of
// the invariant culture: a standard one-letter format (d D f F g G M m o
// O r R s t T u U Y y) or a custom pattern of the specifiers yyyy yy y,
// MMMM MMM MM M, dddd ddd dd d, HH H hh h, mm m, ss s, f… F… (fractions),
// tt t, K, z zz zzz and g, with '…' or "…" quoted text, \ escapes and
// % before a lone specifier. Other characters are copied.
func formatDate(c *Ctx, fn string, t time.Time, f string) (string, error) {
	if len(f) == 1 {
		p, ok := standardDate[f[0]]
		if !ok {
			return "", fmt.Errorf("%s: the date format %q is not supported", fn, f)
		}
		f = p
	}
	if err := c.room(fn, int64(4*len(f))); err != nil {
		return "", err
	}
	var sb strings.Builder
	for i := 0; i < len(f); {
		n, err := dateToken(&sb, t, f, i)
		if err != nil {
			return "", fmt.Errorf("%s: %w", fn, err)
		}
		i = n
	}
	out := sb.String()
	return out, c.take(fn, int64(len(out)))
}

// standardDate maps the standard formats to their invariant patterns.
var standardDate = map[byte]string{
	'd': "MM/dd/yyyy",
	'D': "dddd, dd MMMM yyyy",
	'f': "dddd, dd MMMM yyyy HH:mm",
	'F': "dddd, dd MMMM yyyy HH:mm:ss",
	'g': "MM/dd/yyyy HH:mm",
	'G': "MM/dd/yyyy HH:mm:ss",
	'M': "MMMM dd",
	'm': "MMMM dd",
	'o': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'O': "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
	'r': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	'R': "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
	's': "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
	't': "HH:mm",
	'T': "HH:mm:ss",
	'u': "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
	'U': "dddd, dd MMMM yyyy HH:mm:ss",
	'Y': "yyyy MMMM",
	'y': "yyyy MMMM",
}

// dateToken writes the token of f at i and returns the offset after it.
func dateToken(sb *strings.Builder, t time.Time, f string, i int) (int, error) {
	ch := f[i]
	switch ch {
	case '\'', '"':
		end := strings.IndexByte(f[i+1:], ch)
		if end < 0 {
			return 0, fmt.Errorf("the quoted text at offset %d is not closed", i)
		}
		sb.WriteString(f[i+1 : i+1+end])
		return i + end + 2, nil
	case '\\':
		if i+1 < len(f) {
			sb.WriteByte(f[i+1])
		}
		return i + 2, nil
	case '%':
		return i + 1, nil
	}
	n := 1
	for i+n < len(f) && f[i+n] == ch {
		n++
	}
	if s, ok := dateField(t, ch, n); ok {
		sb.WriteString(s)
		return i + n, nil
	}
	sb.WriteString(f[i : i+n])
	return i + n, nil
}

// dateField renders a run of n specifier characters ch.
func dateField(t time.Time, ch byte, n int) (string, bool) {
	switch ch {
	case 'y':
		return yearField(t.Year(), n), true
	case 'M':
		return pick(n, fmt.Sprint(int(t.Month())), fmt.Sprintf("%02d", int(t.Month())), t.Month().String()[:3], t.Month().String()), true
	case 'd':
		return pick(n, fmt.Sprint(t.Day()), fmt.Sprintf("%02d", t.Day()), t.Weekday().String()[:3], t.Weekday().String()), true
	case 'H':
		return pick(n, fmt.Sprint(t.Hour()), fmt.Sprintf("%02d", t.Hour())), true
	case 'h':
		h := (t.Hour()+11)%12 + 1
		return pick(n, fmt.Sprint(h), fmt.Sprintf("%02d", h)), true
	case 'm':
		return pick(n, fmt.Sprint(t.Minute()), fmt.Sprintf("%02d", t.Minute())), true
	case 's':
		return pick(n, fmt.Sprint(t.Second()), fmt.Sprintf("%02d", t.Second())), true
	case 'f', 'F':
		return fraction(t, ch, n), n <= 7
	case 't':
		ampm := "AM"
		if t.Hour() >= 12 {
			ampm = "PM"
		}
		return pick(n, ampm[:1], ampm), true
	case 'K':
		return "Z", n == 1
	case 'z':
		return pick(n, "+0", "+00", "+00:00"), true
	case 'g':
		return "A.D.", n <= 2
	}
	return "", false
}

// pick returns the form for a run of n characters; longer runs take the
// last form.
func pick(n int, forms ...string) string {
	return forms[min(n, len(forms))-1]
}

func yearField(y, n int) string {
	switch n {
	case 1:
		return fmt.Sprint(y % 100)
	case 2:
		return fmt.Sprintf("%02d", y%100)
	}
	return fmt.Sprintf("%0*d", n, y)
}

// fraction writes n digits of the second's fraction; F drops trailing
// zeros (and is empty when they all are).
func fraction(t time.Time, ch byte, n int) string {
	if n > 7 {
		return ""
	}
	s := fmt.Sprintf("%07d", t.Nanosecond()/100)[:n]
	if ch == 'F' {
		s = strings.TrimRight(s, "0")
	}
	return s
}
