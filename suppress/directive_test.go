package suppress

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseComment(t *testing.T) {
	day := time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		ok         bool
		want       Directive
		err        string
	}{
		{"hash", "# moat:ignore AZR-ISO-004 -- private API server is not needed here", true,
			Directive{Rules: []string{"AZR-ISO-004"}, Reason: "private API server is not needed here"}, ""},
		{"slashes", "// moat:ignore AZR-ISO-004 -- why", true, Directive{Rules: []string{"AZR-ISO-004"}, Reason: "why"}, ""},
		{"block", "/* moat:ignore AZR-ISO-004,AZR-INF-001 expires=2027-03-31 -- two\n   lines */", true,
			Directive{Rules: []string{"AZR-ISO-004", "AZR-INF-001"}, Reason: "two lines", Expires: "2027-03-31", Until: day}, ""},
		{"spaces between rules", "# moat:ignore AZR-ISO-004 AZR-INF-001 --why", true,
			Directive{Rules: []string{"AZR-ISO-004", "AZR-INF-001"}, Reason: "why"}, ""},
		{"pattern", "# moat:ignore AZR-SCH-* -- generated", true, Directive{Rules: []string{"AZR-SCH-*"}, Reason: "generated"}, ""},
		{"not first", "# see moat:ignore AZR-ISO-004 -- why", false, Directive{}, ""},
		{"other word", "# moat:ignored AZR-ISO-004 -- why", false, Directive{}, ""},
		{"plain comment", "# private cluster", false, Directive{}, ""},
		{"no reason", "# moat:ignore AZR-ISO-004", true, Directive{}, "no reason given"},
		{"empty reason", "# moat:ignore AZR-ISO-004 --  ", true, Directive{}, "no reason given"},
		{"no rule", "# moat:ignore -- why", true, Directive{}, "no rule named"},
		{"bad date", "# moat:ignore AZR-ISO-004 expires=2027-02-30 -- why", true, Directive{}, "expires=2027-02-30 is not a date"},
		{"unknown option", "# moat:ignore AZR-ISO-004 until=2027-02-01 -- why", true, Directive{}, `unknown option "until"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok, err := parseComment(tc.text)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v", ok, tc.ok)
			}
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, d, cmpopts.IgnoreUnexported(Directive{})); diff != "" {
				t.Errorf("directive (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExpired(t *testing.T) {
	d, _, err := parseComment("# moat:ignore AZR-ISO-004 expires=2027-03-31 -- why")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		now  string
		want bool
	}{
		{"2027-03-30T23:00:00Z", false},
		{"2027-03-31T23:59:59Z", false},
		{"2027-04-01T00:00:00Z", true},
		{"2027-03-31T23:30:00-05:00", true}, // already April 1st in UTC
	} {
		now, _ := time.Parse(time.RFC3339, tc.now)
		if got := d.expired(now); got != tc.want {
			t.Errorf("expired at %s = %v, want %v", tc.now, got, tc.want)
		}
	}
	var never Directive
	if never.expired(time.Now()) {
		t.Error("a suppression without a date expired")
	}
}
