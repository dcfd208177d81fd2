/**
 * Accounts and security (账号与安全): form login in Chinese, BCrypt password hashes, CSRF protection, session cookies,
 * lockout after repeated failed logins, the first administrator created on first start, and which role may reach
 * which page.
 */
@NullMarked
package org.juesuan.portal.security;

import org.jspecify.annotations.NullMarked;
