package report

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progressEvery is the shortest time between two redraws of a Progress.
const progressEvery = 100 * time.Millisecond

// Progress is a line such as "parsing 350/1200 files" that redraws itself
// in place on a terminal, at most ten times a second, however often it is
// updated. The caller decides whether to show one (a terminal, a scan big
// enough to wait for); Progress only draws. Its methods are safe for
// concurrent use. A failed write is ignored: the line is a courtesy, and
// the report is what matters.
type Progress struct {
	mu    sync.Mutex
	w     io.Writer
	color bool
	now   func() time.Time // the clock; tests replace it
	last  time.Time        // when the line was last drawn
	width int              // cells of the line on screen; 0 when none is
	drawn bool             // the line was drawn at least once
	ended bool             // Done was called
}

// NewProgress returns a Progress that draws on w, with ANSI escapes when
// color is set. Without colour it erases by writing spaces, so that it
// sends no escape sequence at all.
func NewProgress(w io.Writer, color bool) *Progress {
	return &Progress{w: w, color: color, now: time.Now}
}

// Update says that done of total files are parsed. It redraws the line
// unless the last redraw was less than a tenth of a second ago; a total
// of zero or less leaves the total out.
func (p *Progress) Update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended {
		return
	}
	now := p.now()
	if p.drawn && now.Sub(p.last) < progressEvery {
		return
	}
	p.last, p.drawn = now, true
	count := fmt.Sprint(done)
	if total > 0 {
		count += fmt.Sprintf("/%d", total)
	}
	p.draw("parsing ", count, " files")
}

// draw replaces the line with head, count and tail, the count in bold
// when colour is on.
func (p *Progress) draw(head, count, tail string) {
	width := len(head) + len(count) + len(tail)
	var line string
	if p.color {
		line = "\r\x1b[K" + head + "\x1b[1m" + count + "\x1b[0m" + tail
	} else {
		line = "\r" + head + count + tail + strings.Repeat(" ", max(p.width-width, 0))
	}
	p.width = width
	fmt.Fprint(p.w, line)
}

// Done clears the line, so that what follows starts on a clean one.
// Later calls to Update and Done do nothing.
func (p *Progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended {
		return
	}
	p.ended = true
	if p.width == 0 {
		return
	}
	if p.color {
		fmt.Fprint(p.w, "\r\x1b[K")
	} else {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width)+"\r")
	}
	p.width = 0
}
