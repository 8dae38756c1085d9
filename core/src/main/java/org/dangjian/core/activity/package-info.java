/**
 * Organisational life (组织生活): {@link org.dangjian.core.activity.ActivityType}s — 支部党员大会,
 * 支委会, 党小组会, 党课, 主题党日, 组织生活会, 民主评议, 谈心谈话 and others, an open set — and the
 * {@link org.dangjian.core.activity.Activity} records of meetings with attendance and agenda.
 */
@NullMarked
@DomainStyle
package org.dangjian.core.activity;

import org.dangjian.core.internal.DomainStyle;
import org.jspecify.annotations.NullMarked;
