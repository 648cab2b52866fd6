package pem

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// The reasons a half's material could not be read, as the "error" fact
// spells them; errTooLarge is completed with the limit.
const (
	errNotFound   = "file not found"
	errOutside    = "outside the scan root"
	errNotRegular = "not a regular file"
	errUnreadable = "cannot be read"
	errBase64     = "not valid base64"
	errTooLarge   = "larger than %d bytes"
)

// files reads the files settings refer to, confined to the scan root: the
// path is checked lexically first, then opened through an os.Root, which
// refuses symbolic links that lead outside.
type files struct {
	root    string // absolute scan root
	max     int64
	opened  bool
	fsys    *os.Root
	openErr error
}

func newFiles(root string, limit int64) *files {
	if root == "" {
		root = "."
	}
	if abs, err := filepath.Abs(root); err == nil {
		root = abs
	}
	return &files{root: filepath.Clean(root), max: limit}
}

// close releases the root, if it was opened.
func (f *files) close() {
	if f.fsys != nil {
		_ = f.fsys.Close() // read only: nothing to flush
	}
}

// relative turns name, written in a file of folder dir (both relative to
// the scan root, slash separated, unless absolute), into a slash path
// relative to the root; ok is false when it points outside the root, and
// then the path is name as written.
func (f *files) relative(dir, name string) (string, bool) {
	full := filepath.ToSlash(name)
	if !filepath.IsAbs(name) {
		full = path.Join(dir, full)
	}
	if filepath.IsAbs(full) {
		rel, err := filepath.Rel(f.root, filepath.FromSlash(full))
		if err != nil {
			return name, false
		}
		full = filepath.ToSlash(rel)
	}
	full = path.Clean(full)
	if full == ".." || strings.HasPrefix(full, "../") {
		return name, false
	}
	return full, true
}

// read returns the content of the regular file at rel (relative to the
// root), at most max bytes. On failure it returns the reason as the
// "error" fact spells it and, when the problem is worth a diagnostic
// (anything but a missing file), the underlying error.
func (f *files) read(rel string) (data []byte, reason string, err error) {
	if !f.opened {
		f.opened = true
		f.fsys, f.openErr = os.OpenRoot(f.root)
	}
	if f.openErr != nil {
		return nil, errUnreadable, fmt.Errorf("open scan root: %w", f.openErr)
	}
	fh, err := f.fsys.Open(filepath.FromSlash(rel))
	if err != nil {
		return nil, openReason(err), err
	}
	defer func() { _ = fh.Close() }() // read only: nothing to flush
	info, err := fh.Stat()
	if err != nil {
		return nil, errUnreadable, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular, errors.New("it is a folder or a special file")
	}
	if info.Size() > f.max {
		return nil, tooLarge(f.max), fmt.Errorf("it has %d bytes", info.Size())
	}
	data, err = io.ReadAll(io.LimitReader(fh, f.max+1))
	switch {
	case err != nil:
		return nil, errUnreadable, err
	case int64(len(data)) > f.max:
		return nil, tooLarge(f.max), errors.New("it grew while being read")
	}
	return data, "", nil
}

// openReason classifies a failure to open a file below the root.
func openReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errNotFound
	case strings.Contains(err.Error(), "escapes"):
		return errOutside
	}
	return errUnreadable
}

func tooLarge(limit int64) string { return fmt.Sprintf(errTooLarge, limit) }
