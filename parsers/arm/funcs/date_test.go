package funcs

import (
	"testing"

	"github.com/moatscan/moat/parsers/arm/value"
)

func TestDateFunctions(t *testing.T) {
	// Examples and results of Microsoft Learn, "Date functions for ARM
	// templates": a year is 365 days and a month 30.
	const base = "2020-04-07 14:53:14Z"
	cases := []tc{
		{name: "add one year non-leap", fn: "dateTimeAdd", args: arr("2023-01-01 00:00:00Z", "P1Y"), want: "2024-01-01T00:00:00Z"},
		{name: "add one year leap", fn: "dateTimeAdd", args: arr("2024-01-01 00:00:00Z", "P1Y"), want: "2024-12-31T00:00:00Z"},
		{name: "add one month non-leap", fn: "dateTimeAdd", args: arr("2023-02-01 00:00:00Z", "P1M"), want: "2023-03-03T00:00:00Z"},
		{name: "add one month leap", fn: "dateTimeAdd", args: arr("2024-02-01 00:00:00Z", "P1M"), want: "2024-03-02T00:00:00Z"},
		{name: "add three years", fn: "dateTimeAdd", args: arr(base, "P3Y"), want: "2023-04-07T14:53:14Z"},
		{name: "subtract nine days", fn: "dateTimeAdd", args: arr(base, "-P9D"), want: "2020-03-29T14:53:14Z"},
		{name: "add one hour", fn: "dateTimeAdd", args: arr(base, "PT1H"), want: "2020-04-07T15:53:14Z"},
		{name: "add weeks and minutes", fn: "dateTimeAdd", args: arr("2020-01-01T00:00:00Z", "P1WT30M"), want: "2020-01-08T00:30:00Z"},
		{name: "add fractional seconds", fn: "dateTimeAdd", args: arr("2020-01-01T00:00:00Z", "PT1.5S"), want: "2020-01-01T00:00:01.5Z"},
		{name: "basic format stays basic", fn: "dateTimeAdd", args: arr("20190305T175318Z", "PT1H"), want: "20190305T185318Z"},
		{name: "offset becomes utc", fn: "dateTimeAdd", args: arr("2020-01-01T02:00:00+02:00", "PT0S"), want: "2020-01-01T00:00:00Z"},
		{name: "date only", fn: "dateTimeAdd", args: arr("2020-01-01", "P1D"), want: "2020-01-02T00:00:00Z"},
		{name: "with format u", fn: "dateTimeAdd", args: arr(base, "PT1H", "u"), want: "2020-04-07 15:53:14Z"},
		{name: "with format d", fn: "dateTimeAdd", args: arr(base, "PT0S", "d"), want: "04/07/2020"},
		{name: "with format o", fn: "dateTimeAdd", args: arr(base, "PT0S", "o"), want: "2020-04-07T14:53:14.0000000Z"},
		{name: "with custom format", fn: "dateTimeAdd", args: arr(base, "PT0S", "yyyy-MM-dd'T'hh tt, ddd MMM d"), want: "2020-04-07T02 PM, Tue Apr 7"},
		{name: "with month day format", fn: "dateTimeAdd", args: arr(base, "PT0S", "M d"), want: "4 7"},
		{name: "bad duration", fn: "dateTimeAdd", args: arr(base, "P"), errText: `dateTimeAdd: "P" is not an ISO 8601 duration`},
		{name: "bad time duration", fn: "dateTimeAdd", args: arr(base, "PT"), errText: "is not an ISO 8601 duration"},
		{name: "bad base", fn: "dateTimeAdd", args: arr("yesterday", "P1D"), errText: `dateTimeAdd: "yesterday" is not an ISO 8601 date and time`},
		{name: "out of range", fn: "dateTimeAdd", args: arr("9999-12-31T00:00:00Z", "P1D"), errText: "dateTimeAdd: the result is outside the years 1 to 9999"},
		{name: "unsupported standard format", fn: "dateTimeAdd", args: arr(base, "PT0S", "q"), errText: `dateTimeAdd: the date format "q" is not supported`},
		{name: "from epoch", fn: "dateTimeFromEpoch", args: ints(1683040573), want: "2023-05-02T15:16:13Z"},
		{name: "from epoch zero", fn: "dateTimeFromEpoch", args: ints(0), want: "1970-01-01T00:00:00Z"},
		{name: "from epoch out of range", fn: "dateTimeFromEpoch", args: ints(1 << 40), errText: "dateTimeFromEpoch: 1099511627776 is outside the years 1 to 9999"},
		{name: "to epoch", fn: "dateTimeToEpoch", args: arr("2023-05-02T15:16:13Z"), want: int64(1683040573)},
		{name: "to epoch of basic", fn: "dateTimeToEpoch", args: arr("20230502T151613Z"), want: int64(1683040573)},
		{name: "to epoch bad", fn: "dateTimeToEpoch", args: arr("2023-13-02"), errText: "dateTimeToEpoch: \"2023-13-02\" is not an ISO 8601 date and time"},
		{name: "utcNow", fn: "utcNow", args: arr(), want: &value.Unknown{Reason: "utcNow() is known only at deployment"}},
		{name: "utcNow with format", fn: "utcNow", args: arr("d"), want: &value.Unknown{Reason: "utcNow() is known only at deployment"}},
	}
	runTable(t, cases, nil)
}

func TestDateBudget(t *testing.T) {
	runTable(t, []tc{
		{name: "dateTimeAdd", fn: "dateTimeAdd", args: arr("2020-01-01", "P1D"), budget: true},
		{name: "dateTimeAdd format", fn: "dateTimeAdd", args: arr("2020-01-01", "P1D", "yyyy yyyy yyyy"), budget: true},
		{name: "dateTimeFromEpoch", fn: "dateTimeFromEpoch", args: ints(0), budget: true},
	}, small(5))
}
