package report

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeClock is a clock that moves only when told to.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

// step is one call on a Progress: after waiting, Update(done, total), or
// Done when done is -1.
type step struct {
	wait        time.Duration
	done, total int
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name  string
		color bool
		steps []step
		want  string
	}{
		{"first update draws", false, []step{{0, 1, 10}},
			"\rparsing 1/10 files"},
		{"updates within a tenth are dropped", false, []step{{0, 1, 10}, {50 * time.Millisecond, 2, 10}, {49 * time.Millisecond, 3, 10}},
			"\rparsing 1/10 files"},
		{"a tenth later redraws", false, []step{{0, 1, 10}, {50 * time.Millisecond, 2, 10}, {50 * time.Millisecond, 3, 10}},
			"\rparsing 1/10 files\rparsing 3/10 files"},
		{"throttle counts from the last draw", false, []step{{0, 1, 10}, {100 * time.Millisecond, 2, 10}, {60 * time.Millisecond, 3, 10}, {40 * time.Millisecond, 4, 10}},
			"\rparsing 1/10 files\rparsing 2/10 files\rparsing 4/10 files"},
		{"shorter line is padded", false, []step{{0, 100, 0}, {time.Second, 1, 0}},
			"\rparsing 100 files\rparsing 1 files  "},
		{"done clears", false, []step{{0, 9, 10}, {0, -1, 0}},
			"\rparsing 9/10 files\r                  \r"},
		{"done without a draw", false, []step{{0, -1, 0}}, ""},
		{"nothing after done", false, []step{{0, 1, 10}, {0, -1, 0}, {time.Second, 2, 10}, {0, -1, 0}},
			"\rparsing 1/10 files\r                  \r"},
		{"color", true, []step{{0, 350, 1200}, {time.Second, 1200, 1200}, {0, -1, 0}},
			"\r\x1b[Kparsing \x1b[1m350/1200\x1b[0m files\r\x1b[Kparsing \x1b[1m1200/1200\x1b[0m files\r\x1b[K"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			clock := &fakeClock{t: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)}
			p := NewProgress(&out, tc.color)
			p.now = clock.now
			for _, s := range tc.steps {
				clock.t = clock.t.Add(s.wait)
				if s.done < 0 {
					p.Done()
				} else {
					p.Update(s.done, s.total)
				}
			}
			if diff := cmp.Diff(tc.want, out.String()); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

// TestProgressConcurrent updates from several goroutines while the clock
// stands still: exactly one draw gets through, whole. Run with -race.
func TestProgressConcurrent(t *testing.T) {
	var out strings.Builder
	p := NewProgress(&out, false)
	p.now = (&fakeClock{}).now
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 100 {
				p.Update(g*100+i, 800)
			}
		})
	}
	wg.Wait()
	p.Done()
	got := out.String()
	if n := strings.Count(got, "parsing "); n != 1 {
		t.Errorf("%d draws, want 1: %q", n, got)
	}
	if !strings.HasSuffix(got, "\r") || !strings.HasPrefix(got, "\rparsing ") {
		t.Errorf("line not drawn and cleared: %q", got)
	}
}
