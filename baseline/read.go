package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/moatscan/moat/finding"
)

// MaxSize is the largest baseline Read accepts, in bytes.
const MaxSize = 256 << 20

// The errors Read returns, wrapped with the baseline's name and the
// details; test for them with errors.Is.
var (
	ErrNotJSON   = errors.New("not JSON")
	ErrNotSARIF  = errors.New("not a SARIF 2.1.0 log")
	ErrNoMoatRun = errors.New("the baseline holds no moat run")
	ErrTooLarge  = fmt.Errorf("larger than %d MiB", MaxSize>>20)
)

// toolName is the tool.driver.name of the runs a baseline is made of.
const toolName = "moat"

// Baseline is what an earlier SARIF log of moat found: the results of its
// moat runs, other tools' runs left out.
type Baseline struct {
	Name    string   // the file it was read from, for messages
	Results []Result // in the order of the log
	// Unfingerprinted counts the results of moat runs without a moat/v1
	// partial fingerprint. Compare cannot match them: they are left out,
	// and the caller should say so.
	Unfingerprinted int
}

// Result is one finding of the baseline.
type Result struct {
	Fingerprint string // the moat/v1 partial fingerprint, as the log has it
	// Finding is the finding rebuilt from the result: rule, level,
	// message, location (node, attribute, file and lines) and related
	// locations. Positions have no byte offsets. Its Fingerprint() is
	// Fingerprint for any result moat wrote.
	Finding finding.Finding
}

// Read reads a SARIF log and keeps the results of its moat runs. The log
// is decoded one result at a time, so that memory follows the results
// kept, not the size of the log, which may be at most MaxSize bytes.
// Results in state "absent" are not part of the scan that wrote the log
// and are skipped.
func Read(r io.Reader, name string) (*Baseline, error) {
	return read(r, name, MaxSize)
}

func read(r io.Reader, name string, limit int64) (*Baseline, error) {
	dec := json.NewDecoder(&limitReader{r: r, left: limit})
	dec.UseNumber() // a number out of float64's range is still JSON
	d := &decoder{dec: dec, b: &Baseline{Name: name}}
	if err := d.log(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, classify(err))
	}
	if !d.moat {
		return nil, fmt.Errorf("%s: %w", name, ErrNoMoatRun)
	}
	return d.b, nil
}

// classify turns a decoding error into one of the errors of the package.
func classify(err error) error {
	var syntax *json.SyntaxError
	switch {
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrNotJSON), errors.Is(err, ErrNotSARIF):
		return err
	case errors.As(err, &syntax):
		// The decoder's offsets count from places that vary with its
		// buffering; the message alone is reliable.
		return fmt.Errorf("%w: %s", ErrNotJSON, syntax.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: unexpected end of input", ErrNotJSON)
	}
	return err // the reader's own error
}

// limitReader reads r and fails with ErrTooLarge once more than left
// bytes came from it.
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n, ErrTooLarge
	}
	return n, err
}
