// Content errors fail the Maven build (MojoFailureException), name file:line:column, and write no site.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log =~ /\[ERROR\] notices\/2026\/tzgg-2026-03\.md:3:\d+: error \[/ : 'the finding with file:line is missing'
assert log.contains('检查完成：1 个错误') || log =~ /检查完成：\d+ 个错误/
assert !log.contains('BUILD SUCCESS')
assert !new File(basedir, 'site').exists() : 'a failed check must not write site/'
return true
