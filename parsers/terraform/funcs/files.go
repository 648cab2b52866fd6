package funcs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// fileSystem is the confined view of the disk the file functions share:
// paths resolve against the module folder, symbolic links are followed,
// and nothing outside the scan root is opened. Files are opened through an
// os.Root as well, so a link changed between the check and the read still
// cannot lead outside.
type fileSystem struct {
	root    string // the scan root as given, cleaned
	base    string // the module folder
	maxSize int64

	once     sync.Once
	realRoot string // root with its symbolic links resolved
	rootErr  error
}

func newFileSystem(opts Options) *fileSystem {
	fs := &fileSystem{base: filepath.Clean(opts.BaseDir), maxSize: opts.MaxFileSize}
	if opts.Root != "" {
		fs.root = filepath.Clean(opts.Root)
	}
	return fs
}

// errOutside is the cause of every refusal of a path outside the root.
var errOutside = errors.New("outside the scan root")

// resolve turns a path as written in the configuration into a path
// relative to the resolved root, with every symbolic link followed.
func (fsys *fileSystem) resolve(p string) (string, error) {
	return fsys.resolveNamed(p, p)
}

// resolveNamed is resolve with the name errors give the path.
func (fsys *fileSystem) resolveNamed(p, name string) (string, error) {
	fsys.once.Do(func() {
		switch {
		case fsys.root == "" || !filepath.IsAbs(fsys.root):
			fsys.rootErr = errors.New("file functions need an absolute scan root")
		default:
			var err error
			if fsys.realRoot, err = filepath.EvalSymlinks(fsys.root); err != nil {
				fsys.rootErr = errors.New("the scan root cannot be resolved")
			}
		}
	})
	if fsys.rootErr != nil {
		return "", fmt.Errorf("cannot read %q: %w", name, fsys.rootErr)
	}
	abs := p
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(fsys.base, p)
	}
	real, err := evalExisting(filepath.Clean(abs))
	if err != nil {
		return "", fileError(name, err)
	}
	rel, err := filepath.Rel(fsys.realRoot, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%q is %w", name, errOutside)
	}
	return rel, nil
}

// evalExisting resolves the symbolic links of the longest part of p that
// exists and keeps the rest as written.
func evalExisting(p string) (string, error) {
	real, err := filepath.EvalSymlinks(p)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return real, err
	}
	dir := filepath.Dir(p)
	if dir == p {
		return p, nil
	}
	realDir, err := evalExisting(dir)
	if err != nil {
		return "", err
	}
	return filepath.Join(realDir, filepath.Base(p)), nil
}

// open opens the root for one operation.
func (fsys *fileSystem) open() (*os.Root, error) {
	r, err := os.OpenRoot(fsys.realRoot)
	if err != nil {
		return nil, fmt.Errorf("open scan root: %w", err)
	}
	return r, nil
}

// read returns the content of the regular file at p, at most maxSize
// bytes, and its path relative to the root.
func (fsys *fileSystem) read(p string) ([]byte, string, error) {
	rel, err := fsys.resolve(p)
	if err != nil {
		return nil, "", err
	}
	b, err := fsys.readRel(p, rel)
	return b, rel, err
}

func (fsys *fileSystem) readRel(p, rel string) ([]byte, error) {
	r, err := fsys.open()
	if err != nil {
		return nil, err
	}
	defer func() { _ = r.Close() }() // read only: nothing to flush
	f, err := r.Open(rel)
	if err != nil {
		return nil, fileError(p, err)
	}
	defer func() { _ = f.Close() }() // read only: nothing to flush
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(p, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%q is not a regular file", p)
	}
	b, err := io.ReadAll(io.LimitReader(f, fsys.maxSize+1))
	if err != nil {
		return nil, fileError(p, err)
	}
	if int64(len(b)) > fsys.maxSize {
		return nil, fmt.Errorf("%q is larger than the limit of %d bytes", p, fsys.maxSize)
	}
	return b, nil
}

// exists reports whether p names a regular file; a folder is an error.
func (fsys *fileSystem) exists(p string) (bool, error) {
	rel, err := fsys.resolve(p)
	if err != nil {
		return false, err
	}
	r, err := fsys.open()
	if err != nil {
		return false, err
	}
	defer func() { _ = r.Close() }() // read only: nothing to flush
	info, err := r.Stat(rel)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fileError(p, err)
	case info.IsDir():
		return false, fmt.Errorf("%q is a directory, not a file", p)
	case !info.Mode().IsRegular():
		return false, fmt.Errorf("%q is not a regular file", p)
	}
	return true, nil
}

// fileError words an error from the file system without the machine's
// absolute paths.
func fileError(p string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("no file exists at %q", p)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%q cannot be read: permission denied", p)
	case strings.Contains(err.Error(), "escapes"):
		return fmt.Errorf("%q is %w", p, errOutside)
	case strings.Contains(err.Error(), "too many links"):
		return fmt.Errorf("%q: too many levels of symbolic links", p)
	}
	return fmt.Errorf("%q cannot be read", p)
}
