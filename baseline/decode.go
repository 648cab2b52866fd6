package baseline

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// decoder walks a SARIF log with the tokens of a json.Decoder, decoding
// whole values only for one result or one small member at a time.
type decoder struct {
	dec  *json.Decoder
	b    *Baseline
	moat bool // a moat run was seen
}

// log reads the top-level object: its runs and its version. The version
// may come after the runs (the keys of a log moat wrote are sorted).
func (d *decoder) log() error {
	if err := d.open('{', "the log"); err != nil {
		return err
	}
	var version *string
	for d.dec.More() {
		key, err := d.key()
		if err != nil {
			return err
		}
		switch key {
		case "version":
			err = d.decode(&version, "version")
		case "runs":
			err = d.runs()
		default:
			err = d.skip()
		}
		if err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil { // the closing brace
		return err
	}
	if _, err := d.dec.Token(); err == nil {
		return fmt.Errorf("%w: more data after the log", ErrNotJSON)
	} else if !isEOF(err) {
		return err
	}
	switch {
	case version == nil:
		return fmt.Errorf("%w: it has no version", ErrNotSARIF)
	case *version != "2.1.0":
		return fmt.Errorf("%w: its version is %q", ErrNotSARIF, *version)
	}
	return nil
}

func (d *decoder) runs() error {
	if err := d.open('[', "runs"); err != nil {
		return err
	}
	for i := 0; d.dec.More(); i++ {
		if err := d.run(fmt.Sprintf("runs[%d]", i)); err != nil {
			return err
		}
	}
	_, err := d.dec.Token()
	return err
}

// run reads one run. Its results are kept until the run's tool is known,
// since tool may come after results; those of another tool are dropped.
func (d *decoder) run(path string) error {
	if err := d.open('{', path); err != nil {
		return err
	}
	var (
		tool      struct{ Driver struct{ Name string } }
		artifacts []struct{ Location struct{ URI string } }
		results   []sarifResult
	)
	for d.dec.More() {
		key, err := d.key()
		if err != nil {
			return err
		}
		switch key {
		case "tool":
			err = d.decode(&tool, path+".tool")
		case "artifacts":
			err = d.decode(&artifacts, path+".artifacts")
		case "results":
			results, err = d.results(path + ".results")
		default:
			err = d.skip()
		}
		if err != nil {
			return err
		}
	}
	if _, err := d.dec.Token(); err != nil {
		return err
	}
	if tool.Driver.Name != toolName {
		return nil
	}
	d.moat = true
	uris := make([]string, len(artifacts))
	for i, a := range artifacts {
		uris[i] = a.Location.URI
	}
	for i := range results {
		d.add(&results[i], uris)
	}
	return nil
}

func (d *decoder) results(path string) ([]sarifResult, error) {
	if err := d.open('[', path); err != nil {
		return nil, err
	}
	var out []sarifResult
	for i := 0; d.dec.More(); i++ {
		var res sarifResult
		if err := d.decode(&res, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return nil, err
		}
		out = append(out, res)
	}
	_, err := d.dec.Token()
	return out, err
}

// open reads the opening delimiter of the value named what.
func (d *decoder) open(delim json.Delim, what string) error {
	tok, err := d.dec.Token()
	if err != nil {
		return err
	}
	if tok != delim {
		kind := "an object"
		if delim == '[' {
			kind = "an array"
		}
		return fmt.Errorf("%w: %s is not %s", ErrNotSARIF, what, kind)
	}
	return nil
}

// key reads the key of the next member of an object.
func (d *decoder) key() (string, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return "", err
	}
	key, _ := tok.(string) // inside an object the decoder only yields string keys
	return key, nil
}

// decode decodes the next value into v; a value of the wrong JSON type is
// reported with its path.
func (d *decoder) decode(v any, path string) error {
	err := d.dec.Decode(v)
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		if typ.Field != "" {
			path += "." + typ.Field
		}
		return fmt.Errorf("%w: %s holds a %s", ErrNotSARIF, path, typ.Value)
	}
	return err
}

// skip reads past the next value, checking its syntax only.
func (d *decoder) skip() error { return d.dec.Decode(&ignored{}) }

// ignored is a json.Unmarshaler that drops the value it is given.
type ignored struct{}

func (*ignored) UnmarshalJSON([]byte) error { return nil }

func isEOF(err error) bool { return errors.Is(err, io.EOF) }
