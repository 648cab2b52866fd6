package funcs

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateFuncs are the functions of Microsoft Learn's "Date functions for
// ARM templates". Times are UTC; the range is that of .NET's DateTime,
// years 1 to 9999.
var dateFuncs = map[string]Func{
	"dateTimeAdd":       {Min: 2, Max: 3, Call: dateTimeAdd},
	"dateTimeFromEpoch": {Min: 1, Max: 1, Call: dateTimeFromEpoch},
	"dateTimeToEpoch":   {Min: 1, Max: 1, Call: dateTimeToEpoch},
	"utcNow":            {Min: 0, Max: 1, Call: deployTime("utcNow")},
}

// The seconds since the Unix epoch of 0001-01-01 and 9999-12-31T23:59:59.
const (
	minUnix = -62135596800
	maxUnix = 253402300799
)

// dateLayouts are the forms of ISO 8601 (and of .NET's invariant
// culture) that a base time may take; basic is the compact form utcNow()
// writes by default.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02",
	"01/02/2006 15:04:05",
	"1/2/2006 3:04:05 PM",
	"01/02/2006",
}

const basicLayout = "20060102T150405Z07:00"

// parseDateTime reads an ISO 8601 time; basic reports the compact form.
func parseDateTime(fn, s string) (t time.Time, basic bool, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(basicLayout, s); err == nil {
		return t.UTC(), true, nil
	}
	if len(s) > 10 && s[10] == ' ' && strings.Count(s[:10], "-") == 2 {
		s = s[:10] + "T" + s[11:]
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), false, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("%s: %q is not an ISO 8601 date and time", fn, truncate(s))
}

// isoText writes t as ARM writes ISO 8601 times: 2023-05-02T15:16:13Z,
// with the fraction of a second when there is one.
func isoText(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.9999999Z")
}

// durationPattern is an ISO 8601 duration; a year is 365 days and a
// month 30, as ARM counts them.
var durationPattern = regexp.MustCompile(`^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d+))?S)?)?$`)

// parseDuration returns a duration in seconds and nanoseconds.
func parseDuration(s string) (sec, nsec int64, ok bool) {
	m := durationPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil || strings.HasSuffix(s, "T") || strings.TrimLeft(s, "-") == "P" {
		return 0, 0, false
	}
	units := []int64{365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1}
	for i, unit := range units {
		if m[i+2] == "" {
			continue
		}
		n, err := strconv.ParseInt(m[i+2], 10, 64)
		if err != nil || n > 1e9 {
			return 0, 0, false
		}
		sec += n * unit
	}
	if frac := m[9]; frac != "" {
		frac = (frac + "000000000")[:9]
		nsec, _ = strconv.ParseInt(frac, 10, 64)
	}
	if m[1] == "-" {
		sec, nsec = -sec, -nsec
	}
	return sec, nsec, true
}

// dateTimeAdd adds an ISO 8601 duration to a time. Without a format the
// result is written like the base: the compact form stays compact, every
// other form is written as ISO 8601 (2024-01-01T00:00:00Z).
func dateTimeAdd(c *Ctx, args []any) (any, error) {
	base, err := strArg("dateTimeAdd", args, 0)
	if err != nil {
		return nil, err
	}
	d, err := strArg("dateTimeAdd", args, 1)
	if err != nil {
		return nil, err
	}
	t, basic, err := parseDateTime("dateTimeAdd", base)
	if err != nil {
		return nil, err
	}
	sec, nsec, ok := parseDuration(d)
	if !ok {
		return nil, fmt.Errorf("dateTimeAdd: %q is not an ISO 8601 duration", truncate(d))
	}
	u := t.Unix() + sec
	if u < minUnix || u > maxUnix {
		return nil, fmt.Errorf("dateTimeAdd: the result is outside the years 1 to 9999")
	}
	t = time.Unix(u, int64(t.Nanosecond())+nsec).UTC()
	if t.Year() < 1 || t.Year() > 9999 {
		return nil, fmt.Errorf("dateTimeAdd: the result is outside the years 1 to 9999")
	}
	if len(args) == 3 {
		f, err := strArg("dateTimeAdd", args, 2)
		if err != nil {
			return nil, err
		}
		return formatDate(c, "dateTimeAdd", t, f)
	}
	if basic {
		return text(c, "dateTimeAdd", t.Format("20060102T150405Z"))
	}
	return text(c, "dateTimeAdd", isoText(t))
}

// dateTimeFromEpoch writes seconds since 1970-01-01 as ISO 8601.
func dateTimeFromEpoch(c *Ctx, args []any) (any, error) {
	n, err := intArg("dateTimeFromEpoch", args, 0)
	if err != nil {
		return nil, err
	}
	if n < minUnix || n > maxUnix {
		return nil, fmt.Errorf("dateTimeFromEpoch: %d is outside the years 1 to 9999", n)
	}
	return text(c, "dateTimeFromEpoch", isoText(time.Unix(n, 0)))
}

// dateTimeToEpoch returns the whole seconds since 1970-01-01.
func dateTimeToEpoch(c *Ctx, args []any) (any, error) {
	s, err := strArg("dateTimeToEpoch", args, 0)
	if err != nil {
		return nil, err
	}
	t, _, err := parseDateTime("dateTimeToEpoch", s)
	if err != nil {
		return nil, err
	}
	return t.Unix(), nil
}
